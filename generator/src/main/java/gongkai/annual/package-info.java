/** The 政府信息公开工作年度报告: its figures read from front matter, their totals checked, its tables written as HTML. */
package gongkai.annual;
