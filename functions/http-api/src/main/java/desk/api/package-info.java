/**
 * The API Gateway HTTP API (payload 2.0) side of every API function: the caller, the body, the error format.
 * Handlers use this and a use case from shared; only modules under functions/ see Lambda event types.
 */
package desk.api;
