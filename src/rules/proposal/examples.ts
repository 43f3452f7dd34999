/** A proposal file for the proposal rules' examples. */
export function proposalFile(changes: string, extra = '', status = 'draft'): Record<string, string> {
  return {
    'proposals/2026-ho-tich-01.yaml': `apiVersion: tthc/v1
kind: Proposal
id: 2026-ho-tich-01
procedure: "1.001193"
title: Đơn giản hóa thủ tục đăng ký khai sinh
status: ${status}
changes:
${changes}${extra}`,
  };
}
