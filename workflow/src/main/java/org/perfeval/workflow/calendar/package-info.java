/** The official working-day calendar (工作日历): public holidays and make-up working days that deadlines count by. */
package org.perfeval.workflow.calendar;
