package org.anlan.enterprise;

/** Why a string is not a 统一社会信用代码 (GB 32100-2015); the label is shown to users, e.g. in import row errors. */
public enum CreditCodeProblem {
    LENGTH("长度应为18位"),
    CHARACTER("含有不允许的字符（不使用 I、O、Z、S、V）"),
    REGISTRATION_AUTHORITY("登记管理部门代码无效"),
    REGION_CODE("登记管理机关行政区划码应为6位数字"),
    ORGANISATION_CODE_CHECK("主体标识码（组织机构代码）校验码错误"),
    CHECK_CHARACTER("校验码错误");

    private final String label;

    CreditCodeProblem(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
