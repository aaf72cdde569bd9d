package com.intelliclaim.engine.sync;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads the login out of a database secret's JSON, as RDS writes it for a managed master password
 * ({@code {"username": "...", "password": "..."}}, other fields ignored). Messages name the secret and the missing
 * field, never a value.
 */
final class SecretJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private SecretJson() {
    }

    static DatabaseLogin login(String secretId, String secretString) {
        JsonNode root;
        try {
            root = secretString == null ? null : JSON.readTree(secretString);
        } catch (JsonProcessingException e) {
            // The parser's message may quote the secret: keep it out of the message and the log.
            throw new SyncException("The secret " + secretId + " is not the JSON of a database login (it should"
                    + " hold \"username\" and \"password\"). Tell your administrator.", false, null);
        }
        if (root == null || !root.isObject()) {
            throw new SyncException("The secret " + secretId + " holds no JSON object; a database secret holds"
                    + " \"username\" and \"password\". Tell your administrator.", false, null);
        }
        JsonNode password = root.get("password");
        if (password == null || !password.isTextual() || password.asText().isEmpty()) {
            throw new SyncException("The secret " + secretId + " has no \"password\". Tell your administrator.",
                    false, null);
        }
        JsonNode user = root.get("username");
        return new DatabaseLogin(user != null && user.isTextual() && !user.asText().isBlank() ? user.asText() : null,
                password.asText());
    }
}
