/**
 * 平台基础 — platform infrastructure shared by every capability: the embedded database, the clock,
 * the acting user and township scope, API errors, and the web shell (layout, navigation, language).
 */
@org.springframework.modulith.ApplicationModule(displayName = "platform 平台基础",
        type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.anlan.platform;
