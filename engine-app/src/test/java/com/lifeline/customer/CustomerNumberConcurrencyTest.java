package com.lifeline.customer;

import com.lifeline.support.LifelineIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The first entries of a year in a region (every 1 January): concurrent first allocations of a fresh
 * (region, year) must neither deadlock nor skip or repeat a number. With a read-then-insert counter
 * InnoDB kills one of them as a deadlock loser in nearly every round.
 */
@LifelineIntegrationTest
class CustomerNumberConcurrencyTest {

    /** A region only this test uses, so no other class's numbers interfere. */
    private static final String REGION = "ZQ";
    private static final int THREADS = 8;
    private static final int FRESH_YEARS = 10;

    @Autowired
    CustomerNumberAllocator allocator;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void concurrentFirstNumbersOfFreshYearsAreConsecutiveWithoutErrors() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            for (int year = 2101; year < 2101 + FRESH_YEARS; year++) {
                List<String> numbers = firstNumbersAtOnce(pool, year);

                int y = year;
                assertThat(numbers).as("year %d", year).containsExactlyInAnyOrderElementsOf(
                        IntStream.rangeClosed(1, THREADS).mapToObj(i -> CustomerNumberAllocator.format(REGION, y, i)).toList());
                assertThat(jdbc.queryForObject("SELECT last_serial FROM customer_number_sequence WHERE region_code = ? AND year = ?",
                        Integer.class, REGION, year)).isEqualTo(THREADS);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private List<String> firstNumbersAtOnce(ExecutorService pool, int year) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> futures = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            futures.add(pool.submit(() -> {
                start.await();
                return allocator.next(REGION, year);
            }));
        }
        start.countDown();
        List<String> numbers = new ArrayList<>();
        for (Future<String> f : futures) {
            numbers.add(f.get(60, TimeUnit.SECONDS)); // an ExecutionException here is the deadlock's 500
        }
        return numbers;
    }
}
