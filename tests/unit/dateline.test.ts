import { describe, expect, it } from 'vitest';
import { datelineOf } from '../../lib/arabic/dateline';

describe('datelineOf', () => {
  it.each([
    ['الرياض.. أعلنت الوزارة', 'الرياض..', 'two dots'],
    ['القاهرة - قال الوزير', 'القاهرة - ', 'a dash'],
    ['غزة (رويترز) - قتل', 'غزة (رويترز)', 'an agency in brackets'],
    ['فرانكفورت (د ب أ) أعلن اتحاد', 'فرانكفورت (د ب أ)', 'an agency abbreviated'],
    ['الدار البيضاء - أعلن', 'الدار البيضاء - ', 'a place of two words'],
    ['بروكسل، 9 تشرين الأول', 'بروكسل، 9', 'a date'],
  ])('%s → %s (%s)', (block, expected) => {
    expect(datelineOf(block)).toBe(expected);
  });

  it.each([
    ['قال الوزير إن المحادثات انتهت', 'a sentence'],
    ['2024 - القاهرة', 'a number first'],
    ['القاهرة عاصمة مصر - وأكبر مدنها', 'three words before the dash'],
    ['Cairo - the minister said', 'no Arabic'],
    ['', 'nothing'],
  ])('%s: none (%s)', (block) => {
    expect(datelineOf(block)).toBeNull();
  });
});
