package com.lifeline.export;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The CSV an export holds: UTF-8 with BOM, RFC 4180 quoting, formula cells neutralised. */
class CsvWriterTest {

    @Test
    void startsWithAByteOrderMarkAndQuotesWhatNeedsIt() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CsvWriter csv = new CsvWriter(out)) {
            csv.row(List.of("客户编号", "名称"));
            csv.row(List.of("SH2026001", "上海\"一号\",有限公司"));
            csv.row(List.of("SH2026002", "两行\n文字"));
        }
        byte[] bytes = out.toByteArray();
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(new String(bytes, StandardCharsets.UTF_8).substring(1))
                .isEqualTo("客户编号,名称\r\nSH2026001,\"上海\"\"一号\"\",有限公司\"\r\nSH2026002,\"两行\n文字\"\r\n");
    }

    @Test
    void cellsASpreadsheetWouldRunAsFormulasAreNeutralised() {
        assertThat(CsvWriter.cell("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
        assertThat(CsvWriter.cell("+86 139")).isEqualTo("'+86 139");
        assertThat(CsvWriter.cell("-1+2")).isEqualTo("'-1+2");
        assertThat(CsvWriter.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvWriter.cell("\tcmd")).isEqualTo("'\tcmd");
        assertThat(CsvWriter.cell("\rcmd")).isEqualTo("\"'\rcmd\"");
        assertThat(CsvWriter.cell("139 1234 5678")).isEqualTo("139 1234 5678");
        assertThat(CsvWriter.cell("a=b")).isEqualTo("a=b");
        assertThat(CsvWriter.cell(null)).isEmpty();
    }
}
