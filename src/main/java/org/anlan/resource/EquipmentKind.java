package org.anlan.resource;

import java.util.Arrays;
import org.anlan.platform.error.ApiException;

/** What a piece of key equipment is for. */
public enum EquipmentKind {
    PUMP("排涝泵组"),
    BOAT("舟艇"),
    GENERATOR("发电机组"),
    DRONE("无人机"),
    VEHICLE("特种车辆"),
    COMMUNICATION("通信装备"),
    DETECTION("侦检与生命探测"),
    FIREFIGHTING("灭火装备"),
    LIFESAVING("救生器材"),
    OTHER("其他");

    private final String chinese;

    EquipmentKind(String chinese) {
        this.chinese = chinese;
    }

    public String chinese() {
        return chinese;
    }

    public static EquipmentKind parse(String text) {
        return Arrays.stream(values()).filter(k -> k.name().equals(text)).findFirst()
                .orElseThrow(() -> ApiException.badRequest("EQUIPMENT_KIND_UNKNOWN", "error.equipment.kind",
                        String.valueOf(text), String.join(", ", Arrays.stream(values()).map(Enum::name).toList())));
    }
}
