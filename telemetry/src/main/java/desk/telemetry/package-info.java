/**
 * What the functions tell their operators: structured JSON log lines (an SLF4J provider, so the
 * code and its libraries log through the standard API) and CloudWatch embedded-metric-format
 * lines, both on stdout, which Lambda sends to CloudWatch Logs. Infrastructure: the domain never
 * imports it. docs/adr/0009-structured-logs-and-metrics.md says why no logging framework.
 */
package desk.telemetry;
