package desk.account;

/** DIRECT: signed with the vendor. INDIRECT: signed through a Solution Partner, named on the account. */
public enum Contract {
    DIRECT, INDIRECT
}
