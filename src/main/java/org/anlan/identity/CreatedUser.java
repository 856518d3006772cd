package org.anlan.identity;

/** The created user and, when it was generated, its one-time visible initial password. */
public record CreatedUser(UserSummary user, String generatedPassword) {
}
