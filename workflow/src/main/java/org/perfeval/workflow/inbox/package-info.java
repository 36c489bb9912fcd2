/** The inbox (我的待办): the open tasks a user holds or may take, paged, filtered and sorted. */
package org.perfeval.workflow.inbox;
