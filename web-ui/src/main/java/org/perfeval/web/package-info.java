/** The web application: Vaadin screens for every role, web security, demo data. */
package org.perfeval.web;
