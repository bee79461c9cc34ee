-- Sealed values need room for the ciphertext of the longest accepted input, base64 encoded: about
-- 4/3 × (3 bytes × characters + 33), as limits count UTF-16 units and one takes at most 3 bytes.
-- 200 characters of consent evidence need ~850, a 64-character WeChat id ~300: more than V4 gave
-- them (the entry fuzz test found it as a 500).
ALTER TABLE consent MODIFY evidence_ref VARCHAR(1200) NOT NULL;
ALTER TABLE emergency_contact MODIFY wechat VARCHAR(400) NULL;
