// The organisation context's domain: the unit tree of the Hội LHPN (Hội Liên hiệp Phụ nữ,
// the Women's Union). Glossary, default kind ids:
//   province   // Tỉnh Hội, Thành Hội: Hội LHPN tỉnh/thành phố, the root
//   district   // Hội LHPN quận/huyện/thị xã: abolished from 1 July 2025
//   affiliated // đơn vị trực thuộc: directly under the city union
//   grassroots // cơ sở Hội: commune/ward union, or one in an enterprise or agency
//   branch     // chi hội
//   group      // tổ phụ nữ
// establish // thành lập; rename // đổi tên; move // chuyển; merge // sáp nhập;
// dissolve // giải thể; rating // xếp loại; charter inspection // kiểm tra điều lệ;
// member organisation // tổ chức thành viên.
export * from './lib/calendar-date';
export * from './lib/default-unit-kind-catalogue';
export * from './lib/unit-kind-catalogue';
export * from './lib/validate-catalogue';
export * from './lib/unit-name';
export * from './lib/unit.commands';
export * from './lib/unit.events';
export * from './lib/unit.state';
export * from './lib/unit.errors';
export * from './lib/unit-change.errors';
export * from './lib/unit-record.errors';
export * from './lib/move-unit';
export * from './lib/member-organisation';
export * from './lib/unit.decider';
