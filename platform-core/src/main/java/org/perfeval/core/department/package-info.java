/** Departments (部门/单位), the finance bureaus they report to, and who may see and change a department's forms. */
package org.perfeval.core.department;
