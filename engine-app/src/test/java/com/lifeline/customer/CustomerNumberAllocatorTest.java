package com.lifeline.customer;

import com.lifeline.database.GeneratedId;
import org.junit.jupiter.api.Test;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class CustomerNumberAllocatorTest {

    private final CustomerNumberMapper mapper = mock(CustomerNumberMapper.class);
    private final PlatformTransactionManager transactions = mock(PlatformTransactionManager.class);

    CustomerNumberAllocatorTest() {
        when(transactions.getTransaction(any())).thenReturn(mock(TransactionStatus.class));
    }

    @Test
    void formatsRegionYearAndAtLeastThreeDigits() {
        assertThat(CustomerNumberAllocator.format("SH", 2026, 1)).isEqualTo("SH2026001");
        assertThat(CustomerNumberAllocator.format("BJ", 2027, 1234)).isEqualTo("BJ20271234");
    }

    @Test
    void aTransactionThatLostADeadlockIsTriedAgainInANewOne() {
        doThrow(new CannotAcquireLockException("Deadlock found when trying to get lock"))
                .doAnswer(call -> {
                    call.<GeneratedId>getArgument(2).setId(1L);
                    return null;
                }).when(mapper).takeNext(eq("SH"), eq(2027), any());

        assertThat(new CustomerNumberAllocator(mapper, transactions).next("SH", 2027)).isEqualTo("SH2027001");
        verify(transactions).rollback(any());
        verify(transactions).commit(any());
    }

    @Test
    void givesUpAfterABoundedNumberOfAttempts() {
        doThrow(new CannotAcquireLockException("Lock wait timeout exceeded")).when(mapper).takeNext(eq("SH"), eq(2027), any());

        assertThatThrownBy(() -> new CustomerNumberAllocator(mapper, transactions).next("SH", 2027))
                .isInstanceOf(CannotAcquireLockException.class);
        verify(mapper, times(CustomerNumberAllocator.ATTEMPTS)).takeNext(eq("SH"), eq(2027), any());
        verify(transactions, times(CustomerNumberAllocator.ATTEMPTS)).rollback(any());
    }
}
