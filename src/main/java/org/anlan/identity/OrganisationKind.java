package org.anlan.identity;

/** 县应急管理局, 县级部门, 乡镇（街道）, 企业. */
public enum OrganisationKind { COUNTY_BUREAU, DEPARTMENT, TOWNSHIP_OFFICE, ENTERPRISE }
