/** The quarterly inspection's self-check: the veto items and deductions of 国办秘函〔2019〕19号 that a build can see. */
package gongkai.inspection;
