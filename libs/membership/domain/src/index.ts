// The membership context's domain: a member (hội viên) from admission (kết nạp) through transfers
// (chuyển sinh hoạt), fees (hội phí), special groups (nhóm đặc thù) and the Party (giới thiệu
// đảng viên) to departure, death or removal, and re-admission (kết nạp lại). Personal data is
// sealed by the application before it reaches a command: the domain never reads it. Members join
// clubs and models (câu lạc bộ, mô hình), each a stream of its own.
export * from './lib/member.values';
export * from './lib/member.commands';
export * from './lib/member.events';
export * from './lib/member.state';
export * from './lib/member.errors';
export * from './lib/member.decider';
export { isGroupOf } from './lib/member-guards';
export * from './lib/clubs';
