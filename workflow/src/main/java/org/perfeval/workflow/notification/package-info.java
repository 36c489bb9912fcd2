/** Notifications (消息提醒): in-app messages and their e-mail, sent after commit from a durable outbox. */
package org.perfeval.workflow.notification;
