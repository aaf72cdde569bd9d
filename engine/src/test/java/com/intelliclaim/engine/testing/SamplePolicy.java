package com.intelliclaim.engine.testing;

/** A small policy wording in the shape of the real ones: definitions, waiting periods, limits, on three pages. */
public final class SamplePolicy {
    private SamplePolicy() {
    }

    public static byte[] pdf() {
        return TestPdfs.builder()
                .header("Sample Health Insurance Policy Wording")
                .footer("Page {page} of {pages}")
                .page("SECTION 2 DEFINITIONS",
                        "2.1 Hospital means any institution established for in-patient care and day care treatment",
                        "of illness and injuries with at least 10 in-patient beds and qualified nursing staff.",
                        "2.2 Grace period means the specified period of thirty days immediately following the",
                        "premium due date during which payment can be made to renew the policy.")
                .page("SECTION 4 WAITING PERIODS",
                        "4.1 Expenses related to the treatment of a pre-existing disease are excluded until the",
                        "expiry of 36 months of continuous coverage after the date of inception of the first policy.",
                        "4.2 Cataract surgery is covered after a specific waiting period of 24 months.",
                        "4.3 Maternity expenses are covered after 24 months of continuous coverage.")
                .page("SECTION 5 LIMITS",
                        "5.1 Room rent is limited to 1% of the sum insured per day and ICU charges to 2% per day.",
                        "5.2 Road ambulance charges are covered up to Rs 2,000 per hospitalisation.",
                        "5.3 Organ donor expenses for harvesting the organ are covered for an insured recipient.")
                .build();
    }

    /** A variant with one different clause: new bytes under the same name make a new document version. */
    public static byte[] revisedPdf() {
        return TestPdfs.builder()
                .page("SECTION 4 WAITING PERIODS",
                        "4.2 Cataract surgery is covered after a specific waiting period of 12 months.")
                .build();
    }
}
