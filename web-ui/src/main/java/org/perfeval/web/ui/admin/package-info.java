/** Administrators' screens: users and roles, with the trail of every change. */
package org.perfeval.web.ui.admin;
