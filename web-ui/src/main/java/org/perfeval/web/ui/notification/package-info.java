/** The user's notifications, and the bell with the unread count in the header of every staff page. */
package org.perfeval.web.ui.notification;
