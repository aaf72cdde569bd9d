package com.intelliclaim.engine.embed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LazyTest {
    @Test
    void makesTheValueOnceForManyThreads() {
        AtomicInteger made = new AtomicInteger();
        Lazy<String> lazy = new Lazy<>(() -> "model " + made.incrementAndGet());

        List<CompletableFuture<String>> asks = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            asks.add(CompletableFuture.supplyAsync(lazy));
        }

        assertThat(asks).extracting(CompletableFuture::join).containsOnly("model 1");
        assertThat(made).hasValue(1);
    }

    @Test
    void aFailureIsNotRememberedSoTheNextCallTriesAgain() {
        AtomicInteger calls = new AtomicInteger();
        Lazy<String> lazy = new Lazy<>(() -> {
            if (calls.incrementAndGet() == 1) {
                throw new IllegalStateException("model file missing");
            }
            return "model";
        });

        assertThatThrownBy(lazy::get).hasMessage("model file missing");
        assertThat(lazy.get()).isEqualTo("model");
    }

    @Test
    void closingWaitsForAValueBeingMadeAndFreesIt() throws Exception {
        CountDownLatch making = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        Lazy<String> lazy = new Lazy<>(() -> {
            making.countDown();
            await(finish);
            return "model";
        });
        CompletableFuture<String> load = CompletableFuture.supplyAsync(lazy);
        assertThat(making.await(5, TimeUnit.SECONDS)).isTrue();
        List<String> freed = new ArrayList<>();

        CompletableFuture<Void> close = CompletableFuture.runAsync(() -> lazy.close(freed::add));
        Thread.sleep(100);
        assertThat(close).as("close waits for the load").isNotDone();
        finish.countDown();
        close.get(5, TimeUnit.SECONDS);

        assertThat(load.get(5, TimeUnit.SECONDS)).isEqualTo("model");
        assertThat(freed).containsExactly("model");
    }

    @Test
    void nothingIsMadeAfterCloseAndClosingTwiceFreesOnce() {
        AtomicInteger made = new AtomicInteger();
        Lazy<String> lazy = new Lazy<>(() -> "model " + made.incrementAndGet());
        lazy.get();
        List<String> freed = new ArrayList<>();

        lazy.close(freed::add);
        lazy.close(freed::add);

        assertThat(freed).containsExactly("model 1");
        assertThatThrownBy(lazy::get).isInstanceOf(IllegalStateException.class);
        assertThat(made).hasValue(1);
    }

    @Test
    void closingAnUnmadeValueFreesNothing() {
        Lazy<String> lazy = new Lazy<>(() -> "model");
        List<String> freed = new ArrayList<>();

        lazy.close(freed::add);

        assertThat(freed).isEmpty();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
