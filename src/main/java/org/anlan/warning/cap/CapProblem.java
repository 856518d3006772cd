package org.anlan.warning.cap;

/** One reason a message is not valid CAP, at an element path such as {@code /alert/info[1]/area[1]/areaDesc}. */
public record CapProblem(String path, String reason) {

    @Override
    public String toString() {
        return path + ": " + reason;
    }
}
