package cn.chuanyu.metrology.registry;

/** What a staff member of a regulator does in inspections. */
public enum StaffRole {
    INSPECTOR, SUPERVISOR
}
