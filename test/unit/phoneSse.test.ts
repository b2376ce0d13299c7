import { describe, expect, it } from 'vitest';
import { SseParser, backoffDelay } from '../../phone/sse';

describe('phone event stream parser', () => {
  it('reads events and data, whatever way the chunks are cut', () => {
    const text = 'event: changed\ndata: {"revision":3}\n\n: keep-alive\n\nevent: closed\ndata:\n\n';
    const want = [{ event: 'changed', data: '{"revision":3}' }, { event: 'closed', data: '' }];
    for (let size = 1; size <= text.length; size++) {
      const parser = new SseParser();
      const got = [];
      for (let i = 0; i < text.length; i += size) got.push(...parser.feed(text.slice(i, i + size)));
      expect(got, `chunks of ${size}`).toEqual(want);
    }
  });

  it('accepts CRLF and CR line ends, also a CRLF split between chunks', () => {
    const parser = new SseParser();
    expect(parser.feed('event: changed\r')).toEqual([]);
    expect(parser.feed('\ndata: a\r\n\r')).toEqual([{ event: 'changed', data: 'a' }]);
    // The LF completing that CR is not a second empty line.
    expect(parser.feed('\nevent: removed\r\r')).toEqual([{ event: 'removed', data: '' }]);
  });

  it('joins several data lines, defaults the event name, keeps only one leading space', () => {
    const parser = new SseParser();
    expect(parser.feed('data: one\ndata:  two\n\n')).toEqual([{ event: 'message', data: 'one\n two' }]);
  });

  it('delivers an event without data lines, ignores comments, unknown fields and stray blank lines', () => {
    const parser = new SseParser();
    expect(parser.feed('\n\n:ping\nid: 7\nretry: 100\n\nevent: closed\n\n')).toEqual([{ event: 'closed', data: '' }]);
  });

  it('keeps an unfinished event until its blank line arrives', () => {
    const parser = new SseParser();
    expect(parser.feed('event: changed\ndata: x\n')).toEqual([]);
    expect(parser.feed('\n')).toEqual([{ event: 'changed', data: 'x' }]);
  });
});

describe('phone reconnect backoff', () => {
  it('doubles from about a second to at most 30 seconds, jittered within the upper half', () => {
    expect(backoffDelay(0, () => 0)).toBe(500);
    expect(backoffDelay(0, () => 1)).toBe(1000);
    expect(backoffDelay(3, () => 1)).toBe(8000);
    expect(backoffDelay(50, () => 1)).toBe(30000);
    expect(backoffDelay(50, () => 0)).toBe(15000);
  });
});
