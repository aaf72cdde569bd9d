package com.intelliclaim.engine.index;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Insurance-policy sentences built from clause fragments, for tests that need real model vectors of similar texts. */
final class PolicyLikeTexts {
    private static final String[] SUBJECTS = {"Cataract surgery", "Maternity expenses", "Organ donor expenses",
            "Room rent and ICU charges", "AYUSH treatment", "Pre-existing diseases", "Ambulance charges",
            "Health check-up", "Dental treatment following an accident", "Day care procedures", "Cosmetic surgery",
            "Domiciliary hospitalisation", "Knee replacement", "Hernia repair", "Psychiatric treatment"};
    private static final String[] RULES = {"are covered after a waiting period of %d months",
            "are excluded unless medically necessary, up to %d days of hospitalisation",
            "are payable up to %d percent of the sum insured", "are reimbursed up to Rs. %d,000 per policy year",
            "are subject to a co-payment of %d percent for insured persons above sixty",
            "are covered only in network hospitals after %d days of continuous coverage"};
    private static final String[] TAILS = {"", " Claims must be notified within 48 hours of admission.",
            " The insured person must be admitted for at least 24 hours.",
            " This limit applies per eye.", " The no claim bonus does not apply to this benefit.",
            " Pre and post hospitalisation expenses are included."};

    private PolicyLikeTexts() {
    }

    static List<String> passages(int count) {
        Random random = new Random(17);
        List<String> texts = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            texts.add(SUBJECTS[random.nextInt(SUBJECTS.length)] + " "
                    + String.format(RULES[random.nextInt(RULES.length)], 1 + random.nextInt(48)) + "."
                    + TAILS[random.nextInt(TAILS.length)]);
        }
        return texts;
    }

    static List<String> questions() {
        return List.of("What is the waiting period for cataract surgery?", "Are organ donor expenses covered?",
                "room rent limit for ICU per day", "46-year-old male, knee surgery in Pune, 3-month-old policy",
                "Is maternity covered and after how long?", "AYUSH treatment coverage limit",
                "ambulance charges reimbursed up to", "co-payment for senior citizens");
    }
}
