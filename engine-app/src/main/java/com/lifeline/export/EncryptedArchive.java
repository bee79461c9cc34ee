package com.lifeline.export;

import net.lingala.zip4j.io.outputstream.ZipOutputStream;
import net.lingala.zip4j.model.ZipParameters;
import net.lingala.zip4j.model.enums.AesKeyStrength;
import net.lingala.zip4j.model.enums.CompressionMethod;
import net.lingala.zip4j.model.enums.EncryptionMethod;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;

/**
 * A ZIP holding one CSV, encrypted with AES-256 (WinZip AE-2, what 7-Zip and Windows' tools open; never
 * ZipCrypto), written as rows arrive: memory stays flat whatever the row count.
 */
final class EncryptedArchive {

    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final int PASSWORD_LENGTH = 20;
    private static final SecureRandom RANDOM = new SecureRandom();

    private EncryptedArchive() {
    }

    /** A random password (about 117 bits) from the operating system's CSPRNG, easy to type. */
    static char[] newPassword() {
        char[] password = new char[PASSWORD_LENGTH];
        for (int i = 0; i < password.length; i++) {
            password[i] = ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length()));
        }
        return password;
    }

    /** Writes {@code file} with one entry {@code entryName}, filled by {@code content}. */
    static void write(Path file, String entryName, char[] password, Content content) throws IOException {
        ZipParameters parameters = new ZipParameters();
        parameters.setFileNameInZip(entryName);
        parameters.setCompressionMethod(CompressionMethod.DEFLATE);
        parameters.setEncryptFiles(true);
        parameters.setEncryptionMethod(EncryptionMethod.AES);
        parameters.setAesKeyStrength(AesKeyStrength.KEY_STRENGTH_256);
        try (OutputStream fileStream = new BufferedOutputStream(Files.newOutputStream(file), 64 * 1024);
             ZipOutputStream zip = new ZipOutputStream(fileStream, password)) {
            zip.putNextEntry(parameters);
            content.writeTo(zip);
            zip.closeEntry();
        }
    }

    /** What goes into the entry; must not close the stream. */
    @FunctionalInterface
    interface Content {
        void writeTo(OutputStream entry) throws IOException;
    }
}
