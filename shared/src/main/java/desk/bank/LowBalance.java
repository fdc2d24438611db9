package desk.bank;

/**
 * When a bank counts as low: its balance is under {@code percent} of its allowance (policy: 10%).
 * Configuration, passed in.
 */
public record LowBalance(int percent) {
    public static final LowBalance POLICY = new LowBalance(10);

    public LowBalance {
        if (percent < 0 || percent > 100) {
            throw new IllegalArgumentException("the low threshold is a percentage from 0 to 100");
        }
    }

    /** Strictly under the threshold: a balance of exactly 10% is not yet low. */
    public boolean isLow(long balanceMinutes, long allowanceMinutes) {
        return balanceMinutes * 100 < allowanceMinutes * percent;
    }
}
