package org.anlan.dispatch;

/** 已下令 → 出发 → 到场 → 完成 (or 取消): each step is timestamped. */
public enum OrderStatus {
    ORDERED, EN_ROUTE, ON_SCENE, FINISHED, CANCELLED;

    boolean active() {
        return this == ORDERED || this == EN_ROUTE || this == ON_SCENE;
    }

    boolean canFollow(OrderStatus previous) {
        return switch (this) {
            case EN_ROUTE -> previous == ORDERED;
            case ON_SCENE -> previous == EN_ROUTE || previous == ORDERED;
            case FINISHED -> previous == ON_SCENE;
            case CANCELLED -> previous.active();
            case ORDERED -> false;
        };
    }
}
