package org.anlan.vessel.fence;

/** What a fence marks. */
public enum FenceKind {
    /** 禁航/限制水域 */
    RESTRICTED,
    /** 危险水域 */
    DANGEROUS,
    /** 航道 */
    CHANNEL,
    /** 台风影响区域 */
    TYPHOON
}
