package kr.openapi.consent.mapping;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** {@code GET /admin/consent/items}: the item sets a service may include, with their fields. */
public record ItemCatalogView(List<Item> items) {

    public record Item(String itemCode, String itemNm, List<Field> fields) {
    }

    public record Field(String name, String label) {
    }

    public static ItemCatalogView all() {
        return new ItemCatalogView(Arrays.stream(VehicleItem.values())
                .map(item -> new Item(item.name(), item.label(), item.fields().entrySet().stream()
                        .map((Map.Entry<String, String> field) -> new Field(field.getKey(), field.getValue())).toList()))
                .toList());
    }
}
