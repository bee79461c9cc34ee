package com.lifeline.crypto;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.security.GeneralSecurityException;

/** For administrators: rotate the master key while the app keeps serving (see docs/security.md). */
@RestController
@RequestMapping("/api/admin/keys")
class KeyAdminController {

    private final MasterKeyRotation rotation;

    KeyAdminController(MasterKeyRotation rotation) {
        this.rotation = rotation;
    }

    record RotationResult(int customerKeysRewrapped) {
    }

    @PostMapping("/rotate-master")
    RotationResult rotate() throws GeneralSecurityException {
        return new RotationResult(rotation.rotate());
    }
}
