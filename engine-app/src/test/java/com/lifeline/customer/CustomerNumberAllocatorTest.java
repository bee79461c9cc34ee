package com.lifeline.customer;

import org.junit.jupiter.api.Test;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class CustomerNumberAllocatorTest {

    @Test
    void formatsRegionYearAndAtLeastThreeDigits() {
        assertThat(CustomerNumberAllocator.format("SH", 2026, 1)).isEqualTo("SH2026001");
        assertThat(CustomerNumberAllocator.format("BJ", 2027, 1234)).isEqualTo("BJ20271234");
    }

    @Test
    void createsTheSequenceRowForANewRegionYearInsideItsOwnShortTransaction() {
        CustomerNumberMapper mapper = mock(CustomerNumberMapper.class);
        PlatformTransactionManager transactions = mock(PlatformTransactionManager.class);
        when(transactions.getTransaction(any())).thenReturn(mock(TransactionStatus.class));
        when(mapper.bump("SH", 2026)).thenReturn(0, 1);
        when(mapper.lastInsertId()).thenReturn(1L);

        String number = new CustomerNumberAllocator(mapper, transactions).next("SH", 2026);

        assertThat(number).isEqualTo("SH2026001");
        var order = inOrder(mapper, transactions);
        order.verify(transactions).getTransaction(any());
        order.verify(mapper).bump("SH", 2026);
        order.verify(mapper).createSequence("SH", 2026);
        order.verify(mapper).bump("SH", 2026);
        order.verify(mapper).lastInsertId();
        order.verify(transactions).commit(any());
    }
}
