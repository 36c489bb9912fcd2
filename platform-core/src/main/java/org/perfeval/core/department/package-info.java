/** Departments (部门/单位) and the finance bureaus they report to. */
package org.perfeval.core.department;
