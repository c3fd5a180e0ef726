import { TOPICS, dlqTopic } from './topics';

describe('topics', () => {
  it('has one topic per bounded context', () => {
    expect(TOPICS).toEqual({
      organisation: 'vwu.organisation.events',
      membership: 'vwu.membership.events',
      training: 'vwu.training.events',
      dialogue: 'vwu.dialogue.events',
    });
  });

  it('names the dead-letter topic of a consumer group', () => {
    expect(dlqTopic(TOPICS.organisation, 'projections-service')).toBe(
      'vwu.organisation.events.dlq.projections-service',
    );
    expect(dlqTopic(TOPICS.dialogue, 'analytics_v2.daily')).toBe(
      'vwu.dialogue.events.dlq.analytics_v2.daily',
    );
  });

  it.each(['', 'projections service', 'proj/ections', 'nhóm-phân-tích', 'group:1'])(
    'refuses the group %j, which cannot be part of a topic name',
    (group) => {
      expect(() => dlqTopic(TOPICS.membership, group)).toThrow(RangeError);
    },
  );

  it('refuses a group that would make the topic name longer than Kafka allows', () => {
    const longest = 'g'.repeat(249 - 'vwu.training.events.dlq.'.length);
    expect(dlqTopic(TOPICS.training, longest)).toHaveLength(249);
    expect(() => dlqTopic(TOPICS.training, `${longest}g`)).toThrow(/exceeds 249 characters/);
  });
});
