package com.intelliclaim.engine.store;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Amounts as decision records keep them: to the paisa (two decimals, half up), without trailing zeros. */
public final class Amounts {
    private Amounts() {
    }

    /** The amount as it is stored and read back; null stays null. */
    public static BigDecimal canonical(BigDecimal amount) {
        if (amount == null) {
            return null;
        }
        BigDecimal rounded = amount.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
        return rounded.scale() < 0 ? rounded.setScale(0) : rounded;
    }
}
