/** The user's inbox: the tasks waiting for them, filtered and sorted. */
package org.perfeval.web.ui.inbox;
