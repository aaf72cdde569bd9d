package com.intelliclaim.engine.decide.rules;

import java.math.BigDecimal;
import java.util.List;

/** The rules read from the retrieved passages, each with the statement it was read from. */
final class Rules {
    private Rules() {
    }

    /** Which claims a waiting period holds back. */
    enum Scope {
        /** Every illness in the first days of the first policy ("first 30 days"). */
        INITIAL,
        /** Pre-existing diseases. */
        PRE_EXISTING,
        /** The treatments the statement (or its list) names. */
        SPECIFIC,
        /** The statement says the treatments it names have no waiting period. */
        NONE
    }

    /**
     * A waiting period.
     *
     * @param time       its length, null when the passage names the treatment but not (or not clearly) the length
     * @param timeSource the header or lead-in that gave the length when the statement did not, else null
     * @param subject    the words naming what it holds back (without its exception)
     * @param exception  what the wording exempts ("unless arising from accident"), or null
     * @param accidentExempt whether claims arising from an accident are exempt (the item or its clause says so)
     * @param waivedAfter continuous cover after which it no longer applies ("more than twelve months"), or null
     * @param inferred   whether the length came from a neighbouring passage of the same list
     * @param atLeast    when the length is unknown: the length of an earlier list of the same section, which this one
     *                   is no shorter than (lists run from the shortest to the longest); else null
     * @param atLeastSource the header or lead-in that gave {@code atLeast}
     */
    record Waiting(Statement statement, Scope scope, WaitingTime time, Statement timeSource, String subject,
                   String exception, boolean accidentExempt, WaitingTime waivedAfter, boolean inferred,
                   WaitingTime atLeast, Statement atLeastSource) {
        Waiting(Statement statement, Scope scope, WaitingTime time, Statement timeSource, String subject,
                String exception, boolean accidentExempt, WaitingTime waivedAfter, boolean inferred) {
            this(statement, scope, time, timeSource, subject, exception, accidentExempt, waivedAfter, inferred, null, null);
        }

        Waiting withTime(WaitingTime length, Statement source) {
            return new Waiting(statement, scope, length, source, subject, exception, accidentExempt, waivedAfter, true);
        }

        Waiting withLowerBound(WaitingTime length, Statement source) {
            return new Waiting(statement, scope, null, null, subject, exception, accidentExempt, waivedAfter, false,
                    length, source);
        }
    }

    /** An excluded treatment or condition: {@code subject} excluded unless {@code exception}. */
    record Exclusion(Statement statement, String subject, String exception) {
    }

    /** Treatment outside the insurer's network is excluded. */
    record NetworkOnly(Statement statement) {
    }

    /**
     * A limit on what is paid.
     *
     * @param subject     the words naming what is limited
     * @param age         the age band it is written for, or null
     * @param anyTreatment whether it is written for any covered treatment ("for any covered procedure")
     */
    record Limit(Statement statement, Cap cap, String subject, AgeCondition age, boolean anyTreatment) {
    }

    /**
     * A co-payment.
     *
     * @param percent the share of the admissible claim the insured bears
     * @param age     the age band it applies to, or null for all
     * @param zone    the zone it applies to ("Zone I"), or null
     * @param forTreatment whether it is written for a named treatment only
     */
    record CoPayment(Statement statement, BigDecimal percent, AgeCondition age, String zone, boolean forTreatment) {
    }

    /** A named group of treatments: "Minor procedures (dental treatment, minor day-care procedures)". */
    record Category(Statement statement, String name, String members) {
    }

    /** A statement that covers something; {@code hospitalisation} when it covers hospitalisation in general. */
    record Cover(Statement statement, boolean hospitalisation) {
    }

    /** A general condition of claims the question does not touch: documents, notification, room-rent proportion. */
    record Condition(Statement statement, Kind kind) {
        enum Kind { DOCUMENTS, NOTIFICATION, PROPORTIONATE_DEDUCTION, NETWORK_LIST, QUALIFIED_EXCLUSION }
    }

    /**
     * Everything read from one set of passages; {@code openLists} are the last statements of passages that end inside
     * a list of specific waiting periods whose next passage was not retrieved.
     */
    record Read(List<Waiting> waiting, List<Exclusion> exclusions, List<NetworkOnly> network, List<Limit> limits,
                List<CoPayment> coPayments, List<Category> categories, List<Cover> covers,
                List<Condition> conditions, List<Statement> ignoredInstructions, List<Statement> openLists,
                int statements) {
    }
}
