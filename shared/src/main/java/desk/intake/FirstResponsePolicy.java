package desk.intake;

import desk.account.Account;
import desk.identity.Principal;
import desk.sla.FirstResponseTargets;
import desk.sla.ResponseTarget;
import desk.ticket.TicketKind;

/**
 * Which first-response promise a new ticket carries. A Solution Partner opening for its client
 * gets the client's plan target; an indirect account opening directly gets none (the seed: the
 * response time "may vary"); an account request gets Customer Success's reported target.
 */
public record FirstResponsePolicy(FirstResponseTargets targets) {

    public ResponseTarget targetFor(Account account, Principal opener, TicketKind kind) {
        if (kind == TicketKind.ACCOUNT_REQUEST) {
            return new ResponseTarget.CustomerSuccess(targets.accountRequestTarget());
        }
        if (account.isIndirect() && opener instanceof Principal.CustomerUser) {
            return new ResponseTarget.NoContractualTarget(
                    "opened directly by an indirect account; support goes through its Solution Partner");
        }
        return new ResponseTarget.Contractual(targets.forPlan(account.plan()));
    }
}
