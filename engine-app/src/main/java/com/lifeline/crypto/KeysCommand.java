package com.lifeline.crypto;

import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import com.google.crypto.tink.prf.PredefinedPrfParameters;
import com.google.crypto.tink.prf.PrfConfig;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.List;

/**
 * {@code java -jar engine-app.jar keys init --out DIR}: creates a cluster's keys once, without
 * starting the app or touching a database. Every node then gets a copy of DIR.
 */
public final class KeysCommand {

    static final int OK = 0;
    static final int REFUSED = 1;
    static final int USAGE = 64;

    private KeysCommand() {
    }

    public static boolean isKeysCommand(String[] args) {
        return args.length > 0 && "keys".equals(args[0]);
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        Path dir = outputDir(args);
        if (dir == null) {
            err.println("usage: java -jar engine-app.jar keys init --out DIR");
            return USAGE;
        }
        List<Path> files = List.of(dir.resolve(KeyFiles.MASTER), dir.resolve(KeyFiles.INDEX), dir.resolve(KeyFiles.LINK_SECRET),
                dir.resolve(KeyFiles.ERASURE));
        for (Path file : files) {
            if (Files.exists(file)) {
                err.println(file + " exists already: keys init never replaces keys (data sealed with them would be lost).");
                return REFUSED;
            }
        }
        try {
            AeadConfig.register();
            PrfConfig.register();
            KeyFiles.createNew(files.get(0), KeyFiles.json(KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM)));
            KeyFiles.createNew(files.get(1), KeyFiles.json(KeysetHandle.generateNew(PredefinedPrfParameters.HMAC_SHA256_PRF)));
            KeyFiles.createNew(files.get(2), KeyFiles.newLinkSecret());
            KeyFiles.createNew(files.get(3), ErasureKeyTree.generate().format());
        } catch (GeneralSecurityException | UncheckedIOException e) {
            err.println("Could not create the keys in " + dir + ": " + e.getMessage());
            return REFUSED;
        }
        out.println("Created " + KeyFiles.MASTER + ", " + KeyFiles.INDEX + ", " + KeyFiles.LINK_SECRET + " and "
                + KeyFiles.ERASURE + " in "
                + dir.toAbsolutePath() + " (readable by their owner only).");
        out.println("Copy this folder to every node, set LIFELINE_KEYS_DIR to it there, and back it up apart from the database.");
        return OK;
    }

    private static Path outputDir(String[] args) {
        if (args.length == 4 && "init".equals(args[1]) && "--out".equals(args[2])) {
            return Path.of(args[3]);
        }
        if (args.length == 3 && "init".equals(args[1]) && args[2].startsWith("--out=")) {
            return Path.of(args[2].substring("--out=".length()));
        }
        return null;
    }
}
