package com.intelliclaim.engine.decide.facts;

import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * Throwaway measurement, not a test: the first extraction in a fresh JVM, then p50/p95 time of one extraction, warm,
 * over claim questions of every kind (short scenario lines and long ones stating every fact), and the CPU time of one
 * (which a busy machine does not inflate).
 */
public final class FactExtractorBenchmark {
    private static final List<String> QUERIES = List.of(
            "46-year-old male, knee surgery in Pune, 3-month-old insurance policy",
            "25M, dental treatment, Chennai, new policy",
            "Female, 35 years, heart surgery, Mumbai, 1-year policy",
            "What is the waiting period for pre-existing diseases (PED) to be covered?",
            "62 M, CABG at a non-network hospital in Bangalore, ported from Star Health after 3 years, policy taken on"
                    + " 1 Jan 2025, admitted 15 Mar 2025, hospitalised for 5 days, sum insured Rs 5 lakh, bill Rs."
                    + " 3,20,000, known case of hypertension",
            "My father (68) underwent bypass surgery at Apollo Hospital, Chennai on 12/02/2025. Policy bought in Jan"
                    + " 2024. Bill Rs 4.5 lakh.");

    private FactExtractorBenchmark() {
    }

    public static void main(String[] args) {
        LocalDate today = LocalDate.of(2025, 6, 10);
        long cold = System.nanoTime();
        PatternFactExtractor extractor = new PatternFactExtractor();
        extractor.extract(QUERIES.get(4), today);
        System.out.printf("first extraction in a fresh JVM (classes loaded, patterns compiled): %.1f ms%n",
                (System.nanoTime() - cold) / 1e6);
        for (int i = 0; i < 20_000; i++) {
            extractor.extract(QUERIES.get(i % QUERIES.size()), today);
        }
        long[] nanos = new long[6_000];
        long cpuStart = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        for (int i = 0; i < nanos.length; i++) {
            long start = System.nanoTime();
            extractor.extract(QUERIES.get(i % QUERIES.size()), today);
            nanos[i] = System.nanoTime() - start;
        }
        long cpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpuStart;
        Arrays.sort(nanos);
        System.out.printf("extraction over %d questions: p50 %.3f ms, p95 %.3f ms, max %.3f ms; CPU %.3f ms each%n",
                QUERIES.size(), nanos[nanos.length / 2] / 1e6, nanos[nanos.length * 95 / 100] / 1e6,
                nanos[nanos.length - 1] / 1e6, cpu / 1e6 / nanos.length);
    }
}
