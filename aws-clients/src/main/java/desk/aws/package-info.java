/** How every function builds its AWS SDK clients, in one place. */
package desk.aws;
