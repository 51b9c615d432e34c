/**
 * A province's delegate list → delegate records: `{ row, fullName, gender, position, organization, phone,
 * email, note }`, with every problem against its row and column. Pure: it touches no database.
 */
import { delegateHeaders, type DelegateField } from './headers.ts';
import {
  cellText,
  cleanPersonName,
  cleanPhone,
  isTicked,
  parseGender,
  type PersonGender,
} from './cleaning.ts';
import { parseList, type ParseResult } from './listRows.ts';
import type { Workbook } from './workbook.ts';

export interface ParsedDelegate {
  row: number;
  fullName: string;
  gender: PersonGender | null;
  position: string;
  organization: string;
  phone: string;
  email: string;
  note: string;
}

const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/u;

export function parseDelegates(file: string | Workbook): Promise<ParseResult<ParsedDelegate>> {
  return parseList<DelegateField, ParsedDelegate>(
    file,
    delegateHeaders,
    'fullName',
    'danh sách đại biểu',
    (ctx) => {
      const { name, gender: fromHonorific, rest } = cleanPersonName(ctx.value('fullName'));
      if (!name) {
        ctx.problem('fullName', 'Dòng có dữ liệu nhưng thiếu họ tên đại biểu; dòng này không được nhập.');
        return null;
      }
      let gender: PersonGender | null = null;
      const fromColumn = parseGender(ctx.value('gender'));
      if (fromColumn === 'unknown')
        ctx.problem(
          'gender',
          `Giới tính "${cellText(ctx.value('gender'))}" không rõ; hãy ghi "Nam" hoặc "Nữ".`,
        );
      else gender = fromColumn;
      const male = isTicked(ctx.value('male'));
      const female = isTicked(ctx.value('female'));
      if (male && female) ctx.problem('male', 'Đánh dấu cả "Nam" và "Nữ"; hãy chỉ đánh dấu một ô.');
      else gender ??= male ? 'male' : female ? 'female' : null;
      if (gender && fromHonorific && gender !== fromHonorific)
        ctx.problem(
          'fullName',
          'Danh xưng (Ông/Bà) trước họ tên không khớp với cột giới tính; hãy kiểm tra lại.',
        );
      gender ??= fromHonorific;

      const { phone, valid } = cleanPhone(ctx.value('phone'));
      if (!valid)
        ctx.problem('phone', `Số điện thoại "${phone}" không đúng dạng 10–11 chữ số bắt đầu bằng 0.`);
      const email = cellText(ctx.value('email')).toLowerCase();
      if (email && !emailPattern.test(email))
        ctx.problem('email', `Địa chỉ email "${email}" không đúng dạng.`);
      return {
        row: ctx.row,
        fullName: name,
        gender,
        position: cellText(ctx.value('position')) || rest,
        organization: cellText(ctx.value('organization')),
        phone: phone ?? '',
        email,
        note: cellText(ctx.value('note')),
      };
    },
  );
}
