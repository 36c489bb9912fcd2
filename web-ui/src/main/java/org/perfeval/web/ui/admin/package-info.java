/** Administrators' screens: users and roles with the trail of every change, departments, deadlines, scoring schemes. */
package org.perfeval.web.ui.admin;
