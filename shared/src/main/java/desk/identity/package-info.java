/**
 * The people who act through the API, read from the claims the JWT authorizer has verified.
 * Authorization rules ask these types; nothing here trusts an unverified header.
 */
package desk.identity;
