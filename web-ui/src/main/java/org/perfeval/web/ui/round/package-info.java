/** 年度自评任务 screens: the finance bureau opens a round, everyone follows it, drafters start project forms in it. */
package org.perfeval.web.ui.round;
